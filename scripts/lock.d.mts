/** See scripts/lock.mjs: runs `work` while holding the lock folder `lock`; `what` names the work in the time-out error. */
export function withLock<T>(lock: string, what: string, work: () => T): T;
