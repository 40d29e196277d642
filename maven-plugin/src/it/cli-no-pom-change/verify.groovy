def log = new File(basedir, 'build.log').text
assert log.contains("irlint: failOn is 'sometimes'; use error, warning or never")
assert new File(basedir, 'target/irlint/irlint.sarif').isFile() : 'the first build checked src/posts and wrote the reports'
assert new File(basedir, 'target/irlint/irlint.json').text.contains('src/posts/hello.md')
return true
