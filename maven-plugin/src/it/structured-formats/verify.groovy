import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'failOn=never reports but never fails'

def out = new File(basedir, 'target/irlint')
def json = new JsonSlurper().parse(new File(out, 'irlint.json'))

/** line and 1-based UTF-16 column where `needle` starts in the raw file, found independently of the plugin */
def position = { String file, String needle ->
    def content = new File(basedir, file).getText('UTF-8')
    int at = content.indexOf(needle)
    assert at >= 0 : needle
    def before = content.substring(0, at)
    [before.count('\n') + 1, at - (before.lastIndexOf('\n') + 1) + 1]
}

def refs = [
    'content/schedule.csv': ['BK-310522', 'BK-310577'],
    'content/export.json' : ['BK-410733'],
    'content/thread.yaml' : ['BK-510944', 'BK-510988', 'BK-511000'],
]
refs.each { file, ids ->
    def f = json.files.find { it.path == file }
    assert f : file
    def found = f.posts.collectMany { p -> p.findings.findAll { it.ruleId == 'team.booking-ref' } }
    assert found.size() == ids.size() : "${file}: ${found.size()} booking references"
    ids.eachWithIndex { id, i ->
        def (line, col) = position(file, id)
        assert found[i].line == line && found[i].column == col : "${file} ${i}: ${found[i].line}:${found[i].column} != ${line}:${col}"
        assert found[i].endColumn == col + id.length()
    }
}
assert json.files.find { it.path == 'content/schedule.csv' }.posts.size() == 3
assert json.files.find { it.path == 'content/export.json' }.posts.size() == 2
assert json.files.find { it.path == 'content/thread.yaml' }.posts.size() == 3

['irlint.json', 'irlint.sarif', 'TEST-irlint.xml'].each { name ->
    def text = new File(out, name).getText('UTF-8')
    refs.values().flatten().each { assert !text.contains(it) && !text.contains(it.substring(3)) : "${name} leaks ${it}" }
}
def errors = org.irlint.maven.testing.SarifValidator.errors(new File(out, 'irlint.sarif').toPath())
assert errors.isEmpty() : errors
return true
