// Records read through a row schema: a match gives the typed row; a mismatch is a RecordShapeError
// naming the keys and the field that disagrees, not a value passed on as if it fitted.
import { Record as DriverRecord } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readRow, RecordShapeError } from '../../server/presenters/rows';

const Row = z.object({ id: z.string(), count: z.number() });

describe('readRow', () => {
  it('gives the row when the record matches its schema', () => {
    expect(readRow(new DriverRecord(['id', 'count'], ['a', 3]), Row)).toEqual({ id: 'a', count: 3 });
  });

  it('throws a RecordShapeError naming the keys and the mismatched field', () => {
    const read = () => readRow(new DriverRecord(['id', 'count'], ['a', 'three']), Row);
    expect(read).toThrow(RecordShapeError);
    expect(read).toThrow(/\(id, count\)[\s\S]*count/);
  });
});
