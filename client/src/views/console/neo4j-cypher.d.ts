// Neo4j's editor packages ship their types under src/, which their package.json "exports" do not
// point `types` at; these declarations lead TypeScript there.
declare module '@neo4j-cypher/react-codemirror' {
  export * from '@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts';
}
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
