// The bundle entry of dist/server.js: the server the VS Code client starts over IPC (--node-ipc).
import { startServer } from './server';

startServer();
