/** Serves the built site on localhost: `npm start` runs it after building. */
import { startStaticServer } from './lib/static-server.ts';

const port = Number(process.env.PORT ?? 4321);
const server = await startStaticServer({
  dir: process.env.OUT_DIR ?? 'dist',
  base: process.env.BASE_PATH ?? '/',
  port,
  host: process.env.HOST ?? '127.0.0.1',
});
console.log(`Mentorship Guide is being served at ${server.url} (press Ctrl+C to stop).`);
