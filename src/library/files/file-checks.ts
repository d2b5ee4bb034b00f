import { accessSync, constants, type Stats } from 'node:fs';

/** Why a scanned entry is not a regular file (`FIFO`, `socket`, `device`...), or null if it is one. */
export function specialKind(st: Stats): string | null {
  if (st.isFIFO()) return 'FIFO';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  return st.isFile() ? null : 'unknown type';
}

const uid = process.getuid?.();
const gid = process.getgid?.();

/**
 * Whether we may read the file. The mode bits answer for almost every file without a system
 * call; only when they seem to forbid reading do we ask access(2), which also knows about root,
 * supplementary groups and ACLs.
 */
export function readable(abs: string, st: Stats): boolean {
  const bit = st.uid === uid ? 0o400 : st.gid === gid ? 0o040 : 0o004;
  if (uid === undefined || (st.mode & bit) !== 0) return true;
  try {
    accessSync(abs, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}
