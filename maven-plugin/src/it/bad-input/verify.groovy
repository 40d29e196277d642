import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] no-such-folder: warning irlint.input source directory does not exist')
assert log.contains('[WARNING] content/logo.txt: warning irlint.input binary file skipped')
assert log.contains('[ERROR] content/latin1.md:2: error irlint.input not valid UTF-8')
assert log.contains('[ERROR] content/broken.csv:3:3: error irlint.input quoted field is never closed')
assert log =~ /\[ERROR\] content\/broken\.json:3:\d+: error irlint\.input not valid JSON/
assert log =~ /\[ERROR\] content\/broken\.yaml:[34]:\d+: error irlint\.input not valid YAML/
assert log.contains('[ERROR] content/good.md:1:42: error team.booking-ref'), 'the rest of the repository is still checked'
assert log.contains('BUILD FAILURE')
assert log =~ /irlint: 1 finding at or above failOn=error in 1 post; 4 file problems/
assert !log.contains('at org.irlint') : 'a clear message, not a stack trace'
assert !log.contains('oops') && !log.contains('unclosed') : 'parser messages do not quote the file'

def json = new JsonSlurper().parse(new File(basedir, 'target/irlint/irlint.json'))
assert json.problems.size() == 6
assert json.files.find { it.path == 'content/broken.csv' }.posts.size() == 1 : 'rows before the broken quote are checked'
assert json.files.find { it.path == 'content/broken.json' }.posts.size() == 1
assert org.irlint.maven.testing.SarifValidator.errors(new File(basedir, 'target/irlint/irlint.sarif').toPath()).isEmpty()
return true
