// Entry of a console worker thread: TypeScript is compiled on the fly by tsx, as in the server.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
