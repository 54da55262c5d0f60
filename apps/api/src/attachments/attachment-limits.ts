/** The largest attachment accepted: 20 MB (MiB). */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const ATTACHMENT_MAX_MEGABYTES = ATTACHMENT_MAX_BYTES / (1024 * 1024);
/** Room for the multipart framing around the file when a request says how long it is. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** Uploads must carry this header: a cross-site HTML form cannot set it, so it cannot upload. */
export const UPLOAD_HEADER = 'x-elinvoima-upload';
