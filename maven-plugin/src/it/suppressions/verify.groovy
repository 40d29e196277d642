import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('irlint: suppressed 4 by comments, 0 by the baseline')

def out = new File(basedir, 'target/irlint')
def json = new JsonSlurper().parse(new File(out, 'irlint.json'))
assert json.summary.suppressed.inSource == 4
def refs = json.files.collectMany { f -> f.posts.collectMany { p -> p.findings.findAll { it.ruleId == 'team.booking-ref' } } }
assert refs.size() == 4
assert refs.every { it.suppressed == 'inSource' }
assert json.files.collectMany { it.posts }.every { it.verdict != 'blocked' } : 'suppressed findings no longer block'

def sarif = new JsonSlurper().parse(new File(out, 'irlint.sarif'))
def results = sarif.runs[0].results.findAll { it.ruleId == 'team.booking-ref' }
assert results.size() == 4 && results.every { it.suppressions[0].kind == 'inSource' }
assert org.irlint.maven.testing.SarifValidator.errors(new File(out, 'irlint.sarif').toPath()).isEmpty()
return true
