@echo off
rem Starts StoreDesk: without arguments the window, otherwise a command (storedesk help lists them).
rem Works from a repository after "mvnw.cmd package" (target\storedesk.jar + target\lib\).
setlocal
set "ROOT=%~dp0..\.."
set "JAR=%ROOT%\target\storedesk.jar"
set "LIB=%ROOT%\target\lib"
if not exist "%JAR%" (
  echo StoreDesk is not built yet. Run mvnw.cmd package in %ROOT% first. 1>&2
  exit /b 1
)
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" %STOREDESK_JAVA_OPTS% -cp "%JAR%;%LIB%\*" io.storedesk.Launcher %*
exit /b %ERRORLEVEL%
