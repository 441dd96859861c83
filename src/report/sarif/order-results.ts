import type { Notification, Result } from 'sarif';

/** Sort keys of a result: file, position, rule, message. Code-unit order, so every machine and locale agrees. */
function sortKey(result: Result): readonly (string | number)[] {
  const physical = result.locations?.[0]?.physicalLocation;
  return [
    physical?.artifactLocation?.uri ?? '',
    physical?.region?.startLine ?? 0,
    physical?.region?.startColumn ?? 0,
    result.ruleId ?? '',
    result.message.text ?? '',
  ];
}

function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const left = a[index] ?? '';
    const right = b[index] ?? '';
    if (left < right) return -1;
    if (left > right) return 1;
  }
  return 0;
}

/** The one result order of every urlleak SARIF document, so that a merge of shards equals a single run. */
export function sortResults(results: readonly Result[]): Result[] {
  return results
    .map((result) => ({ result, key: sortKey(result) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ result }) => result);
}

/** Input problems in one order, each once: shards that both failed to read a shared file report it once. */
export function sortNotifications(notifications: readonly Notification[]): Notification[] {
  const byKey = new Map<string, Notification>();
  for (const notification of notifications) {
    const uri = notification.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
    byKey.set(`${uri}\0${notification.level ?? ''}\0${notification.message.text ?? ''}`, notification);
  }
  return [...byKey.keys()].sort().map((key) => byKey.get(key) as Notification);
}
