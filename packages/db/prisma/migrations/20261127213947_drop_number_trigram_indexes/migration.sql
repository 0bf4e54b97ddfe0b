-- The trigram indexes on caller and callee numbers made every insert several times slower (each number is about
-- twenty trigram entries), and the sync must keep up with AntRing. Number search reads the calls of the range
-- instead (quick for the usual month, slower over years of calls).
DROP INDEX IF EXISTS "calls_caller_number_trgm_idx";
DROP INDEX IF EXISTS "calls_callee_number_trgm_idx";
