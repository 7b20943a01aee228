// The domain model: zod schemas shared by server and client. No neo4j-driver or server imports here.
export * from './common';
export * from './nodes';
export * from './relationships';
export * from './api';
export * from './gaps';
export * from './questions';
export * from './sixOnes';
export * from './reads';
export * from './audit';
export * from './console';
export * from './edit';
export * from './fieldShape';
export * from './briefings';
export * from './import';
export * from './users';
export * from './auth';
export * from './vocabulary';
