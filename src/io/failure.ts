// Errors for what could not be done to files or the network through no fault of the command line: exit code 1, one line.

/** An operation failed (a lock held by another process, a folder that cannot be written, data no format can hold). */
export class OperationError extends Error {
  override name = 'OperationError';
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'is a folder, not a file',
  EEXIST: 'exists already',
  ENOTEMPTY: 'is a folder that is not empty',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EXDEV: 'cannot move across file systems',
  EBUSY: 'busy',
};

/** True for an error from the file system or the network (it has an errno code such as EACCES). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!) && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/** A system error as a plain sentence: `cannot open out/x.json: permission denied`. */
export function describeSystemError(error: NodeJS.ErrnoException): string {
  const reason = REASONS[error.code!] ?? error.message.replace(/^[A-Z0-9]+: /, '').replace(/, \w+ '.*'$/, '');
  const verb = { open: 'open', mkdir: 'create folder', rename: 'move into place', read: 'read', write: 'write', scandir: 'read folder', unlink: 'remove', rmdir: 'remove', stat: 'read', lstat: 'read', chmod: 'set the mode of' }[error.syscall ?? ''] ?? error.syscall;
  const path = (error as { dest?: string }).dest ?? error.path;
  // A temporary or lock file of ours (hidden, beside the target): what failed is writing in its folder.
  if (path && /(^|\/)\.[^/]*\.(tmp|lock)$/.test(path)) return `cannot write in ${path.replace(/\/[^/]*$/, '') || '/'}: ${reason}`;
  return `cannot ${verb}${path ? ` ${path}` : ''}: ${reason}`;
}
