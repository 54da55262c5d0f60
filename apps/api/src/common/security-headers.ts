import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * The web client loads only its own files: one script and one stylesheet from /assets (no inline
 * script or style; React sets styles through the DOM), the favicon, and /graphql. No page may
 * frame it, and nothing is loaded from elsewhere.
 */
function helmetFor(https: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' },
    // Addresses hold group and meeting ids, and calendar feeds their secret: none leaves the app.
    referrerPolicy: { policy: 'no-referrer' },
    // Over plain HTTP a browser ignores it, and it would pin a development host to HTTPS.
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  });
}

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/**
 * Security headers on every response, before anything answers: the web client, its assets, the
 * GraphQL API and the downloads (which may set a stricter policy of their own afterwards). HTTPS
 * is `req.secure`: the connection's own, or X-Forwarded-Proto from a trusted proxy (TRUST_PROXY).
 */
export function securityHeaders() {
  const plain = helmetFor(false);
  const secure = helmetFor(true);
  return (req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    (req.secure ? secure : plain)(req, res, next);
  };
}
