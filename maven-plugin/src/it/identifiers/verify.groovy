import javax.xml.parsers.DocumentBuilderFactory
import groovy.json.JsonSlurper

def planted = ['BK-482913', '482913', 'BK-771204', '771204', '555-0142']
def log = new File(basedir, 'build.log').text
def content = new File(basedir, 'content/week.md').text

/** line and 1-based UTF-16 column of a string in the file, found independently of the plugin */
def position = { String needle ->
    int at = content.indexOf(needle)
    def before = content.substring(0, at)
    int line = before.count('\n') + 1
    int col = at - (before.lastIndexOf('\n') + 1) + 1
    [line, col]
}

def (l1, c1) = position('BK-482913')
def (l2, c2) = position('BK-771204')
assert log.contains("[ERROR] content/week.md:${l1}:${c1}: error team.booking-ref Booking reference ••••913 identifies a patient; remove it.")
assert log.contains("[ERROR] content/week.md:${l2}:${c2}: error team.booking-ref Booking reference ••••204")
assert c2 == 29 : 'columns count UTF-16 units: 12 CJK characters, a space, a 5-unit emoji, " — review "'
assert log =~ /irlint: \d+ findings at or above failOn=error in 2 posts/
assert log.contains('BUILD FAILURE')
assert !log.contains('at org.irlint') : 'a failure, not a stack trace'

def out = new File(basedir, 'target/irlint')
['irlint.json', 'irlint.sarif', 'TEST-irlint.xml'].each { name ->
    def text = new File(out, name).getText('UTF-8')
    planted.each { assert !text.contains(it) : "${name} leaks a planted identifier" }
}
planted.each { assert !log.contains(it) : 'the console shows identifiers masked only' }
assert new File(out, 'irlint.html').getText('UTF-8').contains('••••913')

def errors = org.irlint.maven.testing.SarifValidator.errors(new File(out, 'irlint.sarif').toPath())
assert errors.isEmpty() : errors
def sarif = new JsonSlurper().parse(new File(out, 'irlint.sarif'))
def results = sarif.runs[0].results.findAll { it.ruleId == 'team.booking-ref' }
assert results.size() == 2
assert results[0].locations[0].physicalLocation.region.startLine == l1
assert results[0].locations[0].physicalLocation.region.startColumn == c1
assert results[0].locations[0].physicalLocation.region.endColumn == c1 + 9
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'content/week.md'
assert results[0].partialFingerprints.values().every { it.size() == 32 }
def rule = sarif.runs[0].tool.driver.rules.find { it.id == 'team.booking-ref' }
assert rule.shortDescription.text && rule.help.text && rule.defaultConfiguration.level == 'error'

def junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(out, 'TEST-irlint.xml'))
assert junit.getElementsByTagName('testcase').length == 3
assert junit.getElementsByTagName('failure').length == 2

def json = new JsonSlurper().parse(new File(out, 'irlint.json'))
def posts = json.files.find { it.path == 'content/week.md' }.posts
assert posts*.verdict == ['blocked', 'blocked', posts[2].verdict]
assert posts[0].findings.find { it.ruleId == 'team.booking-ref' }.line == l1
return true
