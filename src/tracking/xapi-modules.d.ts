/**
 * The ES module build of `@xapi/cmi5`, imported by path: its package.json `browser` field points at a
 * UMD build, which a browser-targeted bundler would pick and cannot import as an ES module. Types are
 * the package's own.
 */
declare module '@xapi/cmi5/dist/Cmi5.esm.js' {
  import Cmi5 from '@xapi/cmi5';
  export default Cmi5;
}
