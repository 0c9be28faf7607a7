@echo off
rem GoroLab launcher for Windows: builds on first use, then runs the app or the CLI.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%javafx-ui\target\gorolab.jar"
where java >nul 2>nul || (echo gorolab: Java 17 or newer is required ^(java not found on PATH^) 1>&2 & exit /b 1)
if not exist "%JAR%" (
  echo gorolab: building ^(first run takes a few minutes^)... 1>&2
  pushd "%HERE%"
  call mvnw.cmd -q -B -DskipTests package 1>&2 || (popd & echo gorolab: build failed 1>&2 & exit /b 1)
  popd
)
rem Recording keeps most of what it allocates. The app runs the throughput collector; a command-line
rem run the serial one with an 8 MiB young generation that promotes survivors at once, and the
rem optimizing compiler starting later (docs/benchmarks.md, "The collector" and "Starting the JVM").
set "GC=-XX:+UseParallelGC -Xmn64m"
for %%c in (run check list export diff explore explain) do if /i "%~1"=="%%c" set "GC=-XX:+UseSerialGC -Xmn8m -XX:MaxTenuringThreshold=0 -XX:PretenureSizeThreshold=60k -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 -XX:CompileCommand=quiet -XX:CompileCommand=dontinline,dev/gorolab/sim/trace/EventLog.add*"
java %GC% --add-opens java.base/java.lang.reflect=ALL-UNNAMED -jar "%JAR%" %*
