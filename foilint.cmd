@echo off
rem foilint launcher for Windows (the same as ./foilint): builds target\foilint.jar when it is
rem missing or older than the sources, then runs it with the given arguments. Needs a JDK 17+
rem and Maven on PATH; from a release archive (lib\foilint.jar beside it, no pom.xml) only a
rem Java 17+ runtime. Memory and GC: set FOILINT_JAVA_OPTS (default -Xmx1g -XX:+UseParallelGC).
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\foilint.jar"
if not exist "%HERE%pom.xml" if exist "%HERE%lib\foilint.jar" (
  set "JAR=%HERE%lib\foilint.jar"
  goto run
)
set "BUILD="
if not exist "%JAR%" set "BUILD=1"
if defined BUILD goto build
rem Rebuild when a source file is newer than the jar; PowerShell is part of every Windows 10 and 11.
rem If it cannot be run, the exit code is not 0 and the jar is rebuilt: a stale jar is never run.
powershell -NoProfile -NonInteractive -Command "$j = (Get-Item -LiteralPath $env:JAR).LastWriteTimeUtc; $n = Get-ChildItem -LiteralPath (Join-Path $env:HERE 'src\main'), (Join-Path $env:HERE 'pom.xml') -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.LastWriteTimeUtc -gt $j } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }" >nul 2>&1
if errorlevel 1 set "BUILD=1"
if not defined BUILD goto run
:build
echo foilint: building %JAR% ^(first run or sources changed^)... 1>&2
pushd "%HERE%"
call mvn -q -B -DskipTests package 1>&2
if errorlevel 1 (
  popd
  echo foilint: the build failed 1>&2
  exit /b 2
)
popd
:run
if not defined FOILINT_JAVA_OPTS set "FOILINT_JAVA_OPTS=-Xmx1g -XX:+UseParallelGC"
java %FOILINT_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
