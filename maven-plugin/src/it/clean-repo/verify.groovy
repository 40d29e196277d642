import javax.xml.parsers.DocumentBuilderFactory
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('irlint: 3 files, 4 posts checked')
assert log.contains('BUILD SUCCESS')

def out = new File(basedir, 'target/irlint')
['irlint.json', 'irlint.sarif', 'TEST-irlint.xml', 'irlint.html'].each { assert new File(out, it).isFile() : it }

def errors = org.irlint.maven.testing.SarifValidator.errors(new File(out, 'irlint.sarif').toPath())
assert errors.isEmpty() : errors

def junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(out, 'TEST-irlint.xml'))
assert junit.getElementsByTagName('testcase').length == 4
assert junit.getElementsByTagName('failure').length == 0

def json = new JsonSlurper().parse(new File(out, 'irlint.json'))
assert json.summary.posts == 4
assert !json.summary.failed
def launch = json.files.find { it.path == 'content/launch.md' }
assert launch.posts.size() == 1 : 'front matter makes one post'
assert launch.posts[0].line == 5
return true
