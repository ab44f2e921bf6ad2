// The Danish of what the commands print themselves: progress and closing
// lines, refusals, failures that end a run (main prints them as "overblik:
// …"), and the messages of `overblik import` and `overblik diff`. Written for
// the people who publish the plan; the same rules as messages_da.cpp apply.
#include "support/messages_da.hpp"

namespace overblik {

namespace {

const CatalogEntry kDanish[] = {
    // --- Counts and summaries ---------------------------------------------------
    {"{} error", "{} fejl"},
    {"{} errors", "{} fejl"},
    {"{} warning", "{} advarsel"},
    {"{} warnings", "{} advarsler"},
    {"{} files", "{} filer"},
    // A failure the command could not get past, as main prints it; the
    // failure itself is translated when it is below.
    {"overblik: {}", "overblik: {}"},
    {"overblik: out of memory", "overblik: der er ikke hukommelse nok"},
    {"overblik: --today must be a date YYYY-MM-DD, not '{}'",
     "overblik: --today skal være en dato ÅÅÅÅ-MM-DD, ikke '{}'"},

    // --- build, serve (cli/cmd_build.cpp, cli/cmd_serve.cpp) ----------------------
    {"Built in {} ms: {}", "Bygget på {} ms: {}"},
    {"Rebuilt in {} ms: {}", "Bygget igen på {} ms: {}"},
    {"{} — showing them in the browser", "{} — vises i browseren"},
    {"the site could not be rendered — showing why in the browser",
     "sitet kunne ikke dannes — årsagen vises i browseren"},
    {"Serving http://127.0.0.1:{}/ — press Ctrl+C to stop",
     "Viser http://127.0.0.1:{}/ — tryk Ctrl+C for at stoppe"},
    {"Stopping…", "Stopper…"},
    {"overblik: the site was not built; {} is left as it was",
     "overblik: sitet blev ikke bygget; {} er uændret"},
    {"Wrote {}/: {} files ({} written, {} unchanged, {} removed)",
     "Sitet er gemt i {}/: {} filer ({} nye eller ændrede, {} uændrede, {} fjernet)"},
    {"cannot listen on {}: no free port", "kan ikke lytte på {}: der er ingen ledig port"},
    {"cannot listen on {}:{}: is another server using the port? Choose another with --port, or "
     "--port 0 for any free one",
     "kan ikke lytte på {}:{}: bruger et andet program porten? Vælg en anden med --port, eller "
     "--port 0 for en hvilken som helst ledig port"},
    {"cannot watch for changes: {}", "kan ikke holde øje med ændringer: {}"},
    {"waiting for changes failed: {}", "ventetiden på ændringer slog fejl: {}"},
    {"cannot watch '{}': it is not a folder", "kan ikke holde øje med '{}': det er ikke en mappe"},
    {"cannot watch '{}': {}", "kan ikke holde øje med '{}': {}"},

    // --- The site folder (write/) -------------------------------------------------
    {"overblik: waiting for another build of {} to finish (at most {} s)…",
     "overblik: venter på, at en anden bygning af {} bliver færdig (højst {} s)…"},
    {"another build of {} still runs after {} s (it holds {}); try again when it has finished",
     "en anden bygning af {} kører stadig efter {} s (den har låst {}); prøv igen, når den er "
     "færdig"},
    {"cannot create the lock file '{}': {}", "låsefilen '{}' kan ikke oprettes: {}"},
    {"cannot lock '{}': {}", "'{}' kan ikke låses: {}"},
    {"'{}' exists and is not a folder", "'{}' findes allerede og er ikke en mappe"},
    {"refusing to write into '{}': the folder is not empty and was not written by overblik (it "
     "has no {}); choose another --out or empty it",
     "overblik skriver ikke i '{}': mappen er ikke tom og er ikke skrevet af overblik (den har "
     "ingen {}); vælg en anden --out, eller tøm mappen"},
    {"refusing to write the site into '{}': it is the root folder",
     "overblik skriver ikke sitet i '{}': det er rodmappen"},
    {"refusing to write the site into '{}': it is the home folder",
     "overblik skriver ikke sitet i '{}': det er din hjemmemappe"},
    {"refusing to write the site into '{}': it is, holds or lies inside the content folder '{}'",
     "overblik skriver ikke sitet i '{}': mappen er, indeholder eller ligger i indholdsmappen "
     "'{}'"},
    {"refusing to write the site into '{}': it is or holds the current folder; run the build "
     "from outside it, or choose another --out",
     "overblik skriver ikke sitet i '{}': mappen er eller indeholder den mappe, du står i; byg "
     "sitet fra en anden mappe, eller vælg en anden --out"},
    {"refusing to write '{}': not a path inside the site",
     "overblik skriver ikke '{}': stien ligger ikke i sitet"},
    {"cannot write '{}': {}", "'{}' kan ikke skrives: {}"},
    {"cannot write '{}'", "'{}' kan ikke skrives"},
    {"cannot read '{}'", "'{}' kan ikke læses"},
    {"cannot keep '{}': {}", "'{}' kan ikke bevares: {}"},
    {"cannot create '{}': {}", "'{}' kan ikke oprettes: {}"},
    {"cannot update '{}': {}", "'{}' kan ikke opdateres: {}"},
    {"cannot create a folder beside '{}': {}",
     "der kan ikke oprettes en mappe ved siden af '{}': {}"},
    {"cannot move the new site into place: {}", "det nye site kan ikke flyttes på plads: {}"},
    {"'{}' was produced twice", "'{}' blev dannet to gange"},
    // The system's reasons (strerror), as they follow the messages above.
    {"No such file or directory", "filen eller mappen findes ikke"},
    {"Permission denied", "du har ikke adgang"},
    {"Read-only file system", "drevet er skrivebeskyttet"},
    {"No space left on device", "der er ikke mere plads på drevet"},
    {"Is a directory", "det er en mappe"},
    {"Not a directory", "det er ikke en mappe"},
    {"Directory not empty", "mappen er ikke tom"},
    {"File exists", "filen findes allerede"},
    {"Too many open files", "der er for mange åbne filer"},
    {"Address already in use", "adressen er allerede i brug"},

    // --- Files the commands write (scaffold/file_writer.cpp) ---------------------
    {"created {}", "oprettede {}"},
    {"overwrote {}", "overskrev {}"},
    {"appended to {}", "tilføjede til {}"},
    {"would create {}", "ville oprette {}"},
    {"would overwrite {}", "ville overskrive {}"},
    {"would append to {}", "ville tilføje til {}"},
    {"overblik: {} exists; use --force to overwrite it",
     "overblik: {} findes allerede; brug --force for at overskrive den"},
    {"{} leads outside the content folder {} through a symbolic link; overblik does not write "
     "through it (remove the link, or copy what it points to into the content folder)",
     "{} fører via et symbolsk link uden for indholdsmappen {}; overblik skriver ikke gennem "
     "linket (fjern linket, eller kopiér det, det peger på, ind i indholdsmappen)"},
    {"cannot create the folder {}: {}", "mappen {} kan ikke oprettes: {}"},
    {"cannot write {}", "{} kan ikke skrives"},
    // Why a file cannot be read (support/file_system.cpp), after its name.
    {"does not exist", "findes ikke"},
    {"is a directory, not a file", "er en mappe, ikke en fil"},
    {"cannot be read (permission denied?)", "kan ikke læses (har du adgang til den?)"},
    {"cannot be read", "kan ikke læses"},

    // --- init, new, cms (cli/cmd_init.cpp, cmd_new.cpp, cmd_cms.cpp) -------------
    {"Next: edit the files (the comments explain every key), then run: overblik check --content {}",
     "Næste skridt: ret filerne (kommentarerne forklarer hver nøgle), og kør så: overblik check "
     "--content {}"},
    {"'{}' is not empty. init writes a new plan into an empty folder; use --force to write its "
     "files there anyway (it overwrites files of the same name and deletes nothing)",
     "'{}' er ikke tom. init skriver en ny plan i en tom mappe; brug --force for at skrive "
     "filerne der alligevel (filer med samme navn bliver overskrevet, intet bliver slettet)"},
    {"overblik: init needs DIR, the folder to write a new plan into (or --ci github|gitlab)",
     "overblik: init skal have DIR, den mappe, den nye plan skal skrives i (eller --ci "
     "github|gitlab)"},
    {"Next: set OVERBLIK_DEB_URL or OVERBLIK_SOURCE_URL at the top of {}, then commit and push it "
     "(docs/ci.md explains each step)",
     "Næste skridt: udfyld OVERBLIK_DEB_URL eller OVERBLIK_SOURCE_URL øverst i {}, og læg så "
     "filen i git med commit og push (docs/ci.md forklarer hvert skridt)"},
    {"overblik: an initiative needs a theme from {}, but {}",
     "overblik: et initiativ skal have et tema fra {}, men {}"},
    {"overblik: an initiative needs a theme from {}, but the file {}",
     "overblik: et initiativ skal have et tema fra {}, men filen {}"},
    {"it holds no theme", "den indeholder intet tema"},
    {"overblik: the content folder '{}' does not exist; start one with: overblik init {}",
     "overblik: indholdsmappen '{}' findes ikke; opret den med: overblik init {}"},
    {"'{}' cannot be an ID: use only a–z, 0–9 and single dashes, at most {} characters",
     "'{}' kan ikke være et ID: brug kun a–z, 0–9 og enkelte bindestreger, højst {} tegn"},
    {"use '{}'", "brug '{}'"},
    {"use a shorter one", "brug et kortere ID"},
    {"'{}' is the name of one of the site's own folders and cannot name a page",
     "'{}' er navnet på en af sitets egne mapper og kan ikke bruges til en side"},
    {"overblik: the editor needs content without errors; nothing was written",
     "overblik: redigeringen kræver indhold uden fejl; intet blev skrevet"},
    {"overblik: --backend {} needs --repo OWNER/NAME",
     "overblik: --backend {} kræver --repo EJER/NAVN"},
    {"The themes are not in the editor: Decap CMS can only edit themes.yaml when the list stands "
     "under a key 'themes:' (see docs/editing.md)",
     "Temaerne er ikke med i redigeringen: Decap CMS kan kun redigere themes.yaml, når listen står "
     "under nøglen 'themes:' (se docs/editing.md)"},
    {"Next: copy decap-cms.js into {} (see docs/editing.md)",
     "Næste skridt: kopiér decap-cms.js til {} (se docs/editing.md)"},

    // --- diff (cli/cmd_diff.cpp, support/git_file_system.cpp) ---------------------
    {"overblik: cannot read the old version '{}': {}",
     "overblik: den gamle version '{}' kan ikke læses: {}"},
    {"overblik: cannot read the new version '{}': {}",
     "overblik: den nye version '{}' kan ikke læses: {}"},
    {"the folder does not exist", "mappen findes ikke"},
    {"it is not a folder", "det er ikke en mappe"},
    {"a git revision is written git:REF:PATH", "en version i git skrives git:REF:STI"},
    {"for example git:HEAD~1:content", "for eksempel git:HEAD~1:content"},
    {"'{}' is not a folder in revision '{}'", "'{}' er ikke en mappe i git-versionen '{}'"},
    {"'{}' does not exist in revision '{}'", "'{}' findes ikke i git-versionen '{}'"},
    {"PATH in git:REF:PATH starts at the top folder of the repository",
     "STI i git:REF:STI regnes fra den øverste mappe i git-repositoriet"},
    {"there is no git repository in '{}' or a folder above it",
     "der er intet git-repository i '{}' eller i en mappe over den"},
    {"there is no git repository in '{}' or a folder above it: {}",
     "der er intet git-repository i '{}' eller i en mappe over den: {}"},
    {"'{}' is not a revision of the repository", "'{}' er ikke en version i git-repositoriet"},
    {"'{}' is not a revision of the repository: {}",
     "'{}' er ikke en version i git-repositoriet: {}"},
    {"'{}' does not name a commit", "'{}' peger ikke på en commit"},
    {"'{}' does not name a commit: {}", "'{}' peger ikke på en commit: {}"},
    {"is not a file in that revision", "er ikke en fil i den version"},
    {"does not exist in that revision", "findes ikke i den version"},
};

}  // namespace

std::span<const CatalogEntry> danish_command_messages() {
  return kDanish;
}

}  // namespace overblik
