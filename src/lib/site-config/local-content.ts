/**
 * A content loader that reads one kind of content (articles, checklists, …) from the shipped
 * folder and then from an institution's own folder (site.config.ts `localContent`), each file
 * validated by the collection's schema. A local file with the same id as a shipped one replaces
 * it, and the build log says so. Each folder's glob loader sees only its own entries in the
 * store, so neither deletes the other's or warns about the replacement as a clash.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';

type Store = LoaderContext['store'];
type Entry = NonNullable<ReturnType<Store['get']>>;

/** The store as seen by the loader of one folder: only the entries whose file is in that folder. */
function storeForFolder(store: Store, folder: string): Store {
  const own = (entry: Entry | undefined): entry is Entry => !!entry?.filePath && entry.filePath.startsWith(folder);
  const overrides: Partial<Store> = {
    get: ((id: string) => (own(store.get(id)) ? store.get(id) : undefined)) as Store['get'],
    has: (id) => own(store.get(id)),
    keys: () => store.keys().filter((id) => own(store.get(id))),
    values: () => store.values().filter(own),
    entries: () => store.entries().filter(([, entry]) => own(entry)),
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property in overrides) return overrides[property as keyof Store];
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * `glob({ pattern, base: shipped })`, then the same pattern in `local` when it is given and
 * exists; a local entry replaces a shipped one with its id.
 */
export function shippedAndLocal(options: { pattern: string; shipped: string; local?: string | undefined }): Loader {
  const { pattern, shipped, local } = options;
  if (!local) return glob({ pattern, base: shipped });
  return {
    name: 'shipped-and-local-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folderOf = (base: string) => `${relative(root, resolve(root, base)).split('\\').join('/')}/`;
      const shippedFolder = folderOf(shipped);
      const localFolder = folderOf(local);
      await glob({ pattern, base: shipped }).load({ ...context, store: storeForFolder(context.store, shippedFolder) });
      if (!existsSync(resolve(root, local))) return;
      const replaced = new Map(context.store.entries().map(([id, entry]) => [id, entry.filePath]));
      await glob({ pattern, base: local }).load({ ...context, store: storeForFolder(context.store, localFolder) });
      for (const [id, entry] of context.store.entries()) {
        const before = replaced.get(id);
        if (before?.startsWith(shippedFolder) && entry.filePath?.startsWith(localFolder)) {
          context.logger.info(`${entry.filePath} replaces the shipped ${before} (same id, "${id}").`);
        }
      }
    },
  };
}
