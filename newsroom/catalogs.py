"""The interface catalogs (locale/<lang>/LC_MESSAGES/django.po) without GNU gettext.

    python -m newsroom.catalogs compile locale               # every .po under locale/ → .mo beside it
    python -m newsroom.catalogs compile -o django.mo django.po
    python -m newsroom.catalogs untranslated locale > todo.json
    python -m newsroom.catalogs fill locale todo.json

`compile` refuses (exit status 1, one line per problem naming the file, line and entry) what
`msgfmt --check-format` refuses and that would break or lose text at run time: a syntax error, a
msgid defined twice, a python-format or python-brace-format translation whose placeholders differ
from its source (each plural form too). Stricter than msgfmt, it also refuses plural forms that
disagree with the catalog's Plural-Forms, and a plural form used for many numbers that leaves the
number out (a form for one number only, such as Arabic's zero, one and two, may spell it out).
Fuzzy and untranslated entries are left out of the .mo, as msgfmt does, so Django shows English.

`untranslated` prints the entries that still need a translation (untranslated or fuzzy) as JSON:
{msgid: ""} for a plain entry and {msgid: {"msgid_plural": ..., "msgstr": ["", ...]}} with one
string per plural form of the language; an entry with a context is keyed "context\\u0004msgid",
as gettext stores it. Given a directory, the JSON has one such object per language code.
`fill` writes translations from that JSON shape back into the .po (an empty string leaves an entry
as it is), clears the fuzzy flag of what it fills, and writes nothing if any translation fails the
checks above or names an entry the catalog does not have.

Needs only polib: no Django settings, no database.
"""

import argparse
import gettext
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import polib

WRAP_WIDTH = 79  # what GNU gettext (and so makemessages) writes: `fill` keeps the diff to its edits
CONTEXT_SEPARATOR = "\x04"


class CatalogError(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


# --- syntax --------------------------------------------------------------------------------------

KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?(?=[\s\"])\s*(.*)$")
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"\s*$')
ESCAPE = re.compile(r"\\(.)")
ESCAPES_POLIB_READS = set('\\"ntrvbf')


def _string_problem(literal: str) -> str | None:
    match = STRING.match(literal)
    if not match:
        if literal.startswith('"') and '"' not in literal[1:].replace('\\"', ""):
            return 'end of line within a string (a closing " is missing)'
        return f"expected one quoted string, found {literal!r}"
    for escape in ESCAPE.findall(match.group(1)):
        if escape not in ESCAPES_POLIB_READS:
            return f"the escape sequence \\{escape} is not supported: write the character itself"
    return None


@dataclass
class _Entry:
    line: int
    keywords: list[str] = field(default_factory=list)
    plural_indexes: list[int] = field(default_factory=list)

    def has(self, keyword: str) -> bool:
        return keyword in self.keywords

    @property
    def complete(self) -> bool:
        return self.has("msgstr") or bool(self.plural_indexes)


def syntax_problems(text: str, name: str) -> list[str]:
    """What msgfmt reports as a syntax error, line by line (obsolete `#~` entries are skipped)."""
    problems: list[str] = []
    entry: _Entry | None = None
    last_keyword: str | None = None

    def close(current: _Entry | None) -> None:
        if current is not None and not current.complete:
            problems.append(f"{name}:{current.line}: the msgid has no msgstr")

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:  # msgfmt reads on: a string after a blank line still continues the keyword
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"'):
            if last_keyword is None:
                problems.append(f"{name}:{number}: a string outside msgid, msgstr or msgctxt")
            elif problem := _string_problem(line):
                problems.append(f"{name}:{number}: {problem}")
            continue
        match = KEYWORD.match(line)
        if not match:
            problems.append(f"{name}:{number}: syntax error: unknown keyword in {line[:40]!r}")
            last_keyword = None
            continue
        keyword, index, literal = match.groups()
        if problem := _string_problem(literal):
            problems.append(f"{name}:{number}: {problem}")
        last_keyword = keyword
        if index is not None and keyword != "msgstr":
            problems.append(f"{name}:{number}: {keyword} cannot have an index")
            continue
        if keyword in ("msgctxt", "msgid") and (
            entry is None or entry.complete or keyword == "msgctxt"
        ):
            close(entry)
            entry = _Entry(number)
        if entry is None:
            problems.append(f"{name}:{number}: {keyword} before any msgid")
            entry = _Entry(number, keywords=["msgid"])
        if keyword == "msgid":
            if entry.has("msgid"):
                close(entry)
                entry = _Entry(number)
            entry.keywords.append("msgid")
            entry.line = number
        elif keyword == "msgid_plural":
            if not entry.has("msgid") or entry.has("msgid_plural") or entry.complete:
                problems.append(f"{name}:{number}: msgid_plural must follow the msgid")
            entry.keywords.append("msgid_plural")
        elif keyword == "msgstr" and index is None:
            if not entry.has("msgid") or entry.complete:
                problems.append(f"{name}:{number}: msgstr without a msgid")
            elif entry.has("msgid_plural"):
                problems.append(f"{name}:{number}: a msgid_plural needs msgstr[0], msgstr[1]…")
            entry.keywords.append("msgstr")
        elif keyword == "msgstr":
            if not entry.has("msgid_plural"):
                problems.append(f"{name}:{number}: msgstr[{index}] without a msgid_plural")
            elif int(index) != len(entry.plural_indexes):
                problems.append(
                    f"{name}:{number}: msgstr[{index}] out of order "
                    f"(expected msgstr[{len(entry.plural_indexes)}])"
                )
            entry.plural_indexes.append(int(index))
    close(entry)
    return problems


# --- placeholders --------------------------------------------------------------------------------

# Argument types as msgfmt compares them; "any" is %s or %r with a precision of 0.
PERCENT_TYPES = {"c": "character", "s": "string", "r": "string", "a": "string"}
PERCENT_TYPES.update(dict.fromkeys("iduoxX", "integer"))
PERCENT_TYPES.update(dict.fromkeys("eEfFgG", "float"))
PERCENT_DIRECTIVE = re.compile(
    r"%(?:\((?P<name>[^()]*(?:\([^()]*\)[^()]*)*)\))?(?P<flags>[-+ #0]*)(?P<width>\*|\d+)?"
    r"(?:\.(?P<precision>\*|\d*))?[hlL]?(?P<conversion>.?)",
    re.DOTALL,
)


@dataclass
class Placeholders:
    named: dict[str, str] = field(default_factory=dict)
    unnamed: list[str] = field(default_factory=list)


def python_format(text: str) -> Placeholders:
    """The arguments of a %-format string; ValueError when Python would refuse it."""
    found = Placeholders()
    for match in PERCENT_DIRECTIVE.finditer(text):
        name, conversion = match["name"], match["conversion"]
        if conversion == "%":
            continue
        if conversion not in PERCENT_TYPES:
            if not conversion:
                raise ValueError("a directive is not finished (a lone % at the end)")
            raise ValueError(f"%{conversion} is not a conversion (write %% for a percent sign)")
        kind = PERCENT_TYPES[conversion]
        if conversion in "sr" and match["precision"] and not match["precision"].strip("0"):
            kind = "any"
        stars = [part for part in (match["width"], match["precision"]) if part == "*"]
        if name is not None:
            if found.unnamed or stars:
                raise ValueError("it mixes named (%(name)s) and unnamed (%s) arguments")
            previous = found.named.get(name)
            if previous not in (None, kind, "any") and kind != "any":
                raise ValueError(f"it uses %({name}) as two different types")
            found.named[name] = kind if previous in (None, "any") else previous
        else:
            if found.named:
                raise ValueError("it mixes named (%(name)s) and unnamed (%s) arguments")
            found.unnamed += ["integer"] * len(stars) + [kind]
    return found


BRACE_NAME = re.compile(r"^(?:[A-Za-z_]\w*|\d+)?$")


def python_brace_format(text: str) -> Placeholders:
    """The arguments of a str.format() string, by name ({} counts 0, 1, …); ValueError if invalid."""
    found = Placeholders()
    automatic = 0
    position = 0
    while position < len(text):
        character = text[position]
        if character in "{}" and text[position : position + 2] in ("{{", "}}"):
            position += 2
            continue
        if character == "}":
            raise ValueError("a single } (write }} for a brace)")
        if character != "{":
            position += 1
            continue
        depth, end = 1, position + 1
        while end < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            end += 1
        if depth:
            raise ValueError("a { is not closed")
        field_text = text[position + 1 : end - 1]
        name = re.split(r"[.\[!:]", field_text, maxsplit=1)[0]
        if not BRACE_NAME.match(name):
            raise ValueError(f"{{{field_text}}} is not a replacement field")
        if name == "":
            name = str(automatic)
            automatic += 1
        found.named[name] = "any"
        for nested in re.findall(r"\{(\w*)", field_text):
            found.named[nested or str(automatic)] = "any"
        position = end
    return found


FORMATS = {"python-format": python_format, "python-brace-format": python_brace_format}


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def placeholder_problems(source: str, translation: str, parse, strict: bool) -> list[str]:
    """How `translation` breaks `source`'s arguments, in msgfmt's terms. Not strict for a plural
    form used for one number only (Arabic's zero, one and two), which may spell the number out."""
    try:
        wanted = parse(source)
    except ValueError:
        return []  # msgfmt does not check a msgid that is not a format string after all
    try:
        found = parse(translation)
    except ValueError as error:
        return [f"the translation is not a valid format string: {error}"]
    if wanted.named and found.unnamed:
        return ["the source takes named arguments, the translation unnamed ones"]
    if wanted.unnamed and found.named:
        return ["the source takes unnamed arguments, the translation named ones"]
    problems = [
        f"the translation's {name!r} is not in the source"
        for name in found.named.keys() - wanted.named.keys()
    ]
    if strict:
        problems += [
            f"the translation leaves out {name!r}"
            for name in wanted.named.keys() - found.named.keys()
        ]
    for name in sorted(wanted.named.keys() & found.named.keys()):
        kinds = {wanted.named[name], found.named[name]}
        if len(kinds) > 1 and (strict or "any" not in kinds):
            problems.append(
                f"{name!r} is {_a(wanted.named[name])} in the source, {_a(found.named[name])} in the translation"
            )
    if wanted.unnamed or found.unnamed:
        if len(wanted.unnamed) != len(found.unnamed):
            problems.append(
                f"the source has {len(wanted.unnamed)} unnamed arguments, the translation {len(found.unnamed)}"
            )
        else:
            for number, kinds in enumerate(
                zip(wanted.unnamed, found.unnamed, strict=True), start=1
            ):
                if len(set(kinds)) > 1 and (strict or "any" not in kinds):
                    problems.append(
                        f"argument {number} is {_a(kinds[0])} in the source, {_a(kinds[1])} in the translation"
                    )
    return problems


# --- plural forms --------------------------------------------------------------------------------

# Numbers that reach every form of the usual rules (Spanish has one for whole millions).
SAMPLE_NUMBERS = [*range(1000), *range(1_000_000, 10_000_001, 1_000_000)]
PLURAL_FORMS = re.compile(r"nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+);?")


@dataclass
class PluralRule:
    count: int
    often: set[int]  # forms used for more than one number: there a translation prints the number

    @classmethod
    def of(cls, catalog: polib.POFile) -> "PluralRule":
        """ValueError if the catalog's Plural-Forms header is missing or unreadable."""
        header = catalog.metadata.get("Plural-Forms", "")
        match = PLURAL_FORMS.search(header)
        if not match:
            raise ValueError(f"no Plural-Forms header with nplurals and plural ({header!r})")
        count = int(match.group(1))
        try:
            plural = gettext.c2py(match.group(2).strip())
            uses = [plural(n) for n in SAMPLE_NUMBERS]
        except (ValueError, SyntaxError, ZeroDivisionError) as error:
            raise ValueError(f"the plural expression cannot be read: {error}") from error
        if any(not 0 <= form < count for form in uses):
            raise ValueError(f"the plural expression gives forms beyond nplurals={count}")
        return cls(count, {form for form in set(uses) if uses.count(form) > 1})


# --- checks --------------------------------------------------------------------------------------


def _describe(entry: polib.POEntry) -> str:
    context = f" (context {entry.msgctxt!r})" if entry.msgctxt else ""
    return f"msgid {entry.msgid!r}{context}"


def entry_problems(entry: polib.POEntry, plurals: PluralRule | None) -> list[str]:
    """What msgfmt --check-format would refuse in one (non-fuzzy) entry."""
    problems = []
    flags = [flag for flag in entry.flags if flag in FORMATS and f"no-{flag}" not in entry.flags]
    if entry.msgid_plural:
        forms = entry.msgstr_plural
        if (
            any(forms.values())
            and plurals is not None
            and sorted(forms) != list(range(plurals.count))
        ):
            problems.append(
                f"{len(forms)} plural forms, but the catalog's Plural-Forms says nplurals={plurals.count}"
            )
        for flag in flags:
            for form, text in sorted(forms.items()):
                if not text:
                    continue
                strict = len(forms) < 2 or (plurals is not None and form in plurals.often)
                problems += [
                    f"msgstr[{form}]: {problem} ({flag})"
                    for problem in placeholder_problems(
                        entry.msgid_plural, text, FORMATS[flag], strict
                    )
                ]
    elif entry.msgstr:
        for flag in flags:
            problems += [
                f"{problem} ({flag})"
                for problem in placeholder_problems(entry.msgid, entry.msgstr, FORMATS[flag], True)
            ]
    return problems


def catalog_problems(catalog: polib.POFile, name: str) -> list[str]:
    problems = []
    plurals = None
    if any(entry.msgid_plural for entry in catalog if not entry.obsolete):
        try:
            plurals = PluralRule.of(catalog)
        except ValueError as error:
            problems.append(f"{name}: {error}")
    first_line: dict[tuple[str, str], int] = {}
    for entry in catalog:
        if entry.obsolete:
            continue
        key = (entry.msgctxt or "", entry.msgid)
        if key in first_line:
            problems.append(
                f"{name}:{entry.linenum}: {_describe(entry)} is defined twice "
                f"(first at line {first_line[key]})"
            )
        else:
            first_line[key] = entry.linenum
        if not entry.fuzzy:
            problems += [
                f"{name}:{entry.linenum}: {_describe(entry)}: {problem}"
                for problem in entry_problems(entry, plurals)
            ]
    return problems


def load(path: Path) -> polib.POFile:
    """The parsed catalog; CatalogError with every syntax problem (msgfmt's fatal errors)."""
    name = str(path)
    try:
        encoding = polib.detect_encoding(name)
        text = path.read_bytes().decode(encoding)
    except (OSError, UnicodeDecodeError) as error:
        raise CatalogError([f"{name}: cannot be read: {error}"]) from error
    if problems := syntax_problems(text, name):
        raise CatalogError(problems)
    try:
        return polib.pofile(text, encoding=encoding, wrapwidth=WRAP_WIDTH)
    except (OSError, ValueError) as error:
        raise CatalogError([f"{name}: {error}"]) from error


def check(path: Path) -> polib.POFile:
    catalog = load(path)
    if problems := catalog_problems(catalog, str(path)):
        raise CatalogError(problems)
    return catalog


def _write_atomically(path: Path, content: bytes) -> None:
    """Write beside `path`, then rename: a reader never sees half a file (umask's permissions)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(content)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def compile_catalog(po_path: Path, mo_path: Path | None = None) -> Path:
    """Check `po_path` and write its translated, non-fuzzy entries to `mo_path` (the .po's own
    name with .mo by default). Nothing is written when the check fails (CatalogError)."""
    catalog = check(po_path)
    mo_path = mo_path or po_path.with_suffix(".mo")
    _write_atomically(mo_path, catalog.to_binary())
    return mo_path


# --- untranslated entries and filling them in ----------------------------------------------------


def entry_key(entry: polib.POEntry) -> str:
    return f"{entry.msgctxt}{CONTEXT_SEPARATOR}{entry.msgid}" if entry.msgctxt else entry.msgid


def needs_translation(entry: polib.POEntry) -> bool:
    return not entry.obsolete and (entry.fuzzy or not entry.translated())


def untranslated(catalog: polib.POFile) -> dict:
    try:
        count = PluralRule.of(catalog).count
    except ValueError:
        count = 2
    todo: dict = {}
    for entry in catalog:
        if not needs_translation(entry):
            continue
        if entry.msgid_plural:
            todo[entry_key(entry)] = {"msgid_plural": entry.msgid_plural, "msgstr": [""] * count}
        else:
            todo[entry_key(entry)] = ""
    return todo


def fill(catalog: polib.POFile, translations: dict, name: str) -> int:
    """Write `translations` (untranslated()'s shape) into `catalog`; how many entries were filled.
    CatalogError, with the catalog to be discarded, when a translation is refused."""
    entries = {entry_key(entry): entry for entry in catalog if not entry.obsolete}
    problems: list[str] = []
    filled = 0
    for key, value in translations.items():
        entry = entries.get(key)
        if entry is None:
            problems.append(f"{name}: no entry {key!r} in the catalog")
            continue
        if isinstance(value, dict):
            value = value.get("msgstr")
        if entry.msgid_plural:
            if not isinstance(value, list) or not all(isinstance(form, str) for form in value):
                problems.append(
                    f"{name}:{entry.linenum}: {_describe(entry)} needs a list of plural forms"
                )
                continue
            if not all(value):
                continue
            entry.msgstr_plural = dict(enumerate(value))
        else:
            if not isinstance(value, str):
                problems.append(f"{name}:{entry.linenum}: {_describe(entry)} needs one string")
                continue
            if not value:
                continue
            entry.msgstr = value
        if entry.fuzzy:
            entry.flags.remove("fuzzy")
        entry.previous_msgctxt = entry.previous_msgid = entry.previous_msgid_plural = None
        filled += 1
    problems += catalog_problems(catalog, name)
    if problems:
        raise CatalogError(problems)
    return filled


# --- command line --------------------------------------------------------------------------------


def catalogs_in(path: Path) -> dict[str, Path]:
    """A .po file by itself, or every locale/<lang>/LC_MESSAGES/*.po under a directory, by language."""
    if path.is_dir():
        return {po.parent.parent.name: po for po in sorted(path.glob("*/LC_MESSAGES/*.po"))}
    return {path.parent.parent.name: path}


def _compile(arguments) -> int:
    if arguments.output and (len(arguments.paths) != 1 or arguments.paths[0].is_dir()):
        raise CatalogError(["-o needs exactly one .po file"])
    problems = []
    for path in arguments.paths:
        for po_path in catalogs_in(path).values():
            try:
                compile_catalog(po_path, arguments.output)
            except CatalogError as error:
                problems += error.problems
    if problems:
        raise CatalogError(problems)
    return 0


def _untranslated(arguments) -> int:
    if arguments.path.is_dir():
        report = {code: untranslated(load(po)) for code, po in catalogs_in(arguments.path).items()}
    else:
        report = untranslated(load(arguments.path))
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _fill(arguments) -> int:
    try:
        translations = json.loads(arguments.json.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CatalogError([f"{arguments.json}: {error}"]) from error
    if arguments.path.is_dir():
        found = catalogs_in(arguments.path)
        unknown = sorted(translations.keys() - found.keys())
        if unknown:
            raise CatalogError([f"{arguments.path}: no catalog for {', '.join(unknown)}"])
        work = [(found[code], translations[code]) for code in translations]
    else:
        work = [(arguments.path, translations)]
    problems, ready = [], []
    for po_path, mapping in work:
        try:
            catalog = load(po_path)
            count = fill(catalog, mapping, str(po_path))
            ready.append((po_path, catalog, count))
        except CatalogError as error:
            problems += error.problems
    if problems:
        raise CatalogError(problems + ["nothing was written"])
    for po_path, catalog, count in ready:
        _write_atomically(po_path, str(catalog).encode(catalog.encoding))
        left = len(untranslated(catalog))
        print(
            f"{po_path}: {count} {'entry' if count == 1 else 'entries'} filled, {left} still to translate"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsroom.catalogs",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    compile_command = commands.add_parser("compile", help="check .po files and write .mo files")
    compile_command.add_argument(
        "paths", nargs="+", type=Path, help=".po files or locale directories"
    )
    compile_command.add_argument(
        "-o", "--output", type=Path, help="the .mo to write (one .po only)"
    )
    compile_command.set_defaults(run=_compile)
    list_command = commands.add_parser(
        "untranslated", help="print untranslated and fuzzy entries as JSON"
    )
    list_command.add_argument("path", type=Path, help="a .po file or a locale directory")
    list_command.set_defaults(run=_untranslated)
    fill_command = commands.add_parser("fill", help="write translations from JSON into .po files")
    fill_command.add_argument("path", type=Path, help="a .po file or a locale directory")
    fill_command.add_argument(
        "json", type=Path, help="translations in the shape `untranslated` prints"
    )
    fill_command.set_defaults(run=_fill)
    arguments = parser.parse_args(argv)
    try:
        return arguments.run(arguments)
    except CatalogError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
