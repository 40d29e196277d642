# The JVM options of the documented run command (README.md, docs/server.md), for the benchmark scripts:
#   java -XX:SharedArchiveFile=server/target/irlint-server.jsa -Xmx128m -XX:+UseSerialGC -jar server/target/irlint-server.jar
# Sourced with $root set to the repository. JAVA_OPTS replaces them (JAVA_OPTS= measures the bare `java -jar`).
documented_jvm_options="-XX:SharedArchiveFile=$root/server/target/irlint-server.jsa -Xmx128m -XX:+UseSerialGC"
JAVA_OPTS="${JAVA_OPTS-$documented_jvm_options}"
