// Files Git should not hold as text: a binary that matches *.txt and a Latin-1 file where UTF-8 is expected.
def content = new File(basedir, 'content')
new File(content, 'logo.txt').bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] as byte[]
new File(content, 'latin1.md').bytes = 'First line is fine\nCaf\u00e9 on line two\n'.getBytes('ISO-8859-1')
return true
