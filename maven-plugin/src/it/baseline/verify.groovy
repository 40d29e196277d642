import groovy.json.JsonSlurper

def baseline = new File(basedir, 'irlint-baseline.json')
assert baseline.isFile() : 'the baseline goal wrote irlint-baseline.json'
def text = baseline.getText('UTF-8')
['700111', '700222', '800333'].each { assert !text.contains(it) : 'the baseline holds fingerprints, not identifiers' }
def entries = new JsonSlurper().parse(baseline).findings
assert entries.findAll { it.ruleId == 'team.booking-ref' }.size() == 3
assert entries.every { it.file == 'content/old.md' && it.fingerprint.size() == 32 }

def out = new File(basedir, 'target/irlint')
def json = new JsonSlurper().parse(new File(out, 'irlint.json'))
def refs = { path -> json.files.find { it.path == path }.posts.collectMany { p -> p.findings.findAll { it.ruleId == 'team.booking-ref' } } }
assert refs('content/old.md').size() == 3 && refs('content/old.md').every { it.suppressed == 'external' }
assert refs('content-new/new.md').size() == 1 && refs('content-new/new.md')[0].suppressed == null
assert json.summary.failed
assert json.summary.failureReasons[0].startsWith('1 finding at or above failOn=error in 1 post')
def log = new File(basedir, 'build.log').text
assert log.contains('content-new/new.md:1:21: error team.booking-ref')
assert !log.contains('content/old.md:1:') : 'baselined findings stay quiet'
return true
