// Loading a roster or the demo writes hundreds of rows in one transaction:
// Prisma's default 5 s limit expired on a busy machine and left nothing
// loaded. One minute still ends a load that is stuck.
export const bulkTransaction = { maxWait: 10_000, timeout: 60_000 };
