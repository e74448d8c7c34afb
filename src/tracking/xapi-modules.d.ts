/**
 * The ES module builds of `@xapi/xapi` and `@xapi/cmi5`, imported by path: their package.json
 * `browser` field points at UMD builds, which a browser-targeted bundler would pick and cannot import
 * as ES modules. Types are the packages' own.
 */
declare module '@xapi/xapi/dist/XAPI.esm.js' {
  import XAPI from '@xapi/xapi';
  export default XAPI;
}
declare module '@xapi/cmi5/dist/Cmi5.esm.js' {
  import Cmi5 from '@xapi/cmi5';
  export default Cmi5;
}
