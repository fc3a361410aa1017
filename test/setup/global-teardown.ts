import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.npsTestDatabase;
  await state?.database?.stop();
  if (state?.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
}
