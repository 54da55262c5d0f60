import type { Type } from '@nestjs/common';
import { MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = fileURLToPath(import.meta.url);

/** A Nest module class: one that declares imports, providers, controllers or exports. */
function isModule(value: unknown): value is Type {
  if (typeof value !== 'function') return false;
  return Object.values(MODULE_METADATA).some((key) => Reflect.hasOwnMetadata(key, value));
}

/**
 * The app's modules, one per folder: `src/<folder>/<folder>.module.ts` exports it. A new domain is
 * found by its folder, with no line to add anywhere else; `skip` are those the root module
 * configures itself.
 */
export async function featureModules(skip: readonly Type[] = []): Promise<Type[]> {
  const root = dirname(HERE);
  // .js when built, .ts when the tests run the sources.
  const extension = extname(HERE);
  const folders = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const modules: Type[] = [];
  for (const folder of folders.map((entry) => entry.name).sort()) {
    const file = join(root, folder, `${folder}.module${extension}`);
    if (!existsSync(file)) continue;
    const exported = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    modules.push(...Object.values(exported).filter(isModule).filter((module) => !skip.includes(module)));
  }
  return modules;
}

/** The first path segment of every route of the modules' controllers, e.g. `/meetings`. */
export function routePrefixes(modules: readonly Type[]): string[] {
  const prefixes = new Set<string>();
  const controllers = modules.flatMap((module): Type[] => {
    return Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) ?? [];
  });
  for (const controller of controllers) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler: unknown = name === 'constructor' ? undefined : controller.prototype[name];
      const path: unknown = typeof handler === 'function' ? Reflect.getMetadata(PATH_METADATA, handler) : undefined;
      const first = typeof path === 'string' ? `${base}/${path}`.split('/').find(Boolean) : undefined;
      if (first) prefixes.add(`/${first}`);
    }
  }
  return [...prefixes].sort();
}
