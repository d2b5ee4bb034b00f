// Entry point of the `inkpress` command (bundled to dist/inkpress.js).
console.log('inkpress: under construction');
