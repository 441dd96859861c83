/** A file problem in words a user can act on. */
export function describeIoError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'EACCES' || code === 'EPERM') return 'Permission denied.';
  if (code === 'ENOENT') return 'No such file or directory.';
  if (code === 'EISDIR') return 'Is a directory.';
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || code === 'ERR_STREAM_PREMATURE_CLOSE')
    return `Broken or truncated gzip data: ${message}`;
  return message;
}
