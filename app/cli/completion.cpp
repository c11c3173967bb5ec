// SPDX-License-Identifier: GPL-3.0-or-later
// Shell completion for bash and zsh, written from the verb table at build time (coproduce-docgen): verbs,
// sub-verbs, each verb's own options, the values some options take, and meeting ids, series, charters and
// teams asked of `coproduce` itself, on the database named so far, if that database exists.
#include "commandline.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QString kindName(Complete kind)
{
    switch (kind) {
    case Complete::File:
        return u"file"_s;
    case Complete::Meeting:
        return u"meeting"_s;
    case Complete::Series:
        return u"series"_s;
    case Complete::Charter:
        return u"charter"_s;
    case Complete::Team:
        return u"team"_s;
    case Complete::Nothing:
        break;
    }
    return QString();
}

// What each option's value is: a kind the shell functions complete, words, or nothing to offer.
QString valueKind(const QString &option)
{
    if (option == u"database" || option == u"output" || option == u"laptop")
        return u"file"_s;
    if (option == u"series" || option == u"meeting")
        return option;
    if (option == u"format")
        return u"words:pdf html odt"_s;
    if (option == u"by")
        return u"words:month quarter year"_s;
    return u"none"_s;
}

// The pieces both shells share, as `case` arms in the shell's own syntax (zsh takes bash's).
struct Pieces
{
    QString valueOptions; // "--series|--output|…"
    QStringList valueArms; // '--format) _coproduce_offer "words:pdf html odt" ;;'
    QStringList twoWordVerbs, oneWordVerbs;
    QStringList optionArms; // '"charters list") options="--json" ;;'
    QStringList groupArms; // 'charters) words="list show import export" ;;'
    QStringList argumentArms; // '"charters show:0") kind=charter ;;'
    QString allOptions, topLevel;
};

Pieces piecesOf(const QList<Verb> &table)
{
    Pieces p;
    QStringList valued, all;
    QHash<QString, QStringList> byKind;
    for (const CliOption &option : Verbs::options()) {
        all << u"--"_s + option.name;
        if (!option.value.isEmpty()) {
            valued << u"--"_s + option.name;
            byKind[valueKind(option.name)] << u"--"_s + option.name;
        }
    }
    p.valueOptions = valued.join(u'|');
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        p.valueArms << u"%1) kind=\"%2\" ;;"_s.arg(it.value().join(u'|'), it.key());
    p.valueArms.sort();
    p.allOptions = all.join(u' ');
    p.topLevel = Verbs::topLevel(table).join(u' ');
    for (const Verb &verb : table) {
        (verb.isSubVerb() ? p.twoWordVerbs : p.oneWordVerbs) << u'"' + verb.name + u'"';
        QStringList options;
        for (const QString &name : verb.options + QStringList { u"database"_s, u"help"_s })
            options << u"--"_s + name;
        p.optionArms << u"\"%1\") options=\"%2\" ;;"_s.arg(verb.name, options.join(u' '));
        for (qsizetype i = 0; i < verb.arguments.size(); ++i)
            if (const QString kind = kindName(verb.arguments.at(i).complete); !kind.isEmpty())
                p.argumentArms << u"\"%1:%2\") kind=%3 ;;"_s.arg(verb.name).arg(i).arg(kind);
    }
    for (const QString &group : Verbs::topLevel(table))
        if (const QStringList subs = Verbs::subVerbs(table, group); !subs.isEmpty())
            p.groupArms << u"%1) kind=\"words:%2\" ;;"_s.arg(group, subs.join(u' '));
    return p;
}

QString arms(const QStringList &lines, int indent)
{
    const QString pad(indent, u' ');
    return pad + lines.join(u'\n' + pad) + u'\n';
}

// The body both shells run: it sets `kind` (file, meeting, series, charter, team, words:…, options:…
// or none) from the words before the cursor; `words_` holds them, `db` the --database given.
QString findKind(const Pieces &p, bool zsh)
{
    const QString first = zsh ? u"${positional[1]}"_s : u"${positional[0]}"_s;
    const QString second = zsh ? u"${positional[2]}"_s : u"${positional[1]}"_s;
    return u"    kind=none\n"
           "    case $prev in\n"_s
        + arms(p.valueArms, 4)
        + u"    *)\n"
          "        local verb= count=0\n"
          "        case \"%1 %2\" in\n"
          "        %3) verb=\"%1 %2\"; count=$((${#positional[@]} - 2)) ;;\n"
          "        *) case \"%1\" in\n"
          "            %4) verb=\"%1\"; count=$((${#positional[@]} - 1)) ;;\n"
          "            esac ;;\n"
          "        esac\n"
          "        if [[ $cur == -* ]]; then\n"
          "            local options=\"%5\"\n"
          "            case $verb in\n"_s.arg(first, second, p.twoWordVerbs.join(u'|'),
                                              p.oneWordVerbs.join(u'|'), p.allOptions)
        + arms(p.optionArms, 12)
        + u"            esac\n"
          "            kind=\"options:$options\"\n"
          "        elif [[ ${#positional[@]} -eq 0 ]]; then\n"
          "            kind=\"words:%1\"\n"
          "        elif [[ -z $verb ]]; then\n"
          "            case \"%2\" in\n"_s.arg(p.topLevel, first)
        + arms(p.groupArms, 12)
        + u"            esac\n"
          "        else\n"
          "            case \"$verb:$count\" in\n"_s
        + arms(p.argumentArms, 12)
        + u"            esac\n"
          "        fi ;;\n"
          "    esac\n"_s;
}

// The words before the cursor, without options and their values; the database named among them.
QString scanWords(const Pieces &p, const QString &wordsArray, const QString &from, const QString &to)
{
    return u"    local i word\n"
           "    for ((i = %2; i < %3; i++)); do\n"
           "        word=${%1[i]}\n"
           "        case $word in\n"
           "        --database) db=(--database \"${%1[i+1]}\"); ((i++)) ;;\n"
           "        --database=*) db=(\"$word\") ;;\n"
           "        %4) ((i++)) ;;\n"
           "        -*) ;;\n"
           "        *) positional+=(\"$word\") ;;\n"
           "        esac\n"
           "    done\n"_s.arg(wordsArray, from, to, p.valueOptions);
}

// Lists what the database holds, one per line; nothing if there is no database yet (completing must
// not make one).
const QString askFunction = uR"sh(_coproduce_ask() {
    local what=$1; shift
    if [[ $# -eq 0 ]]; then
        [[ -f "${XDG_DATA_HOME:-$HOME/.local/share}/coproduce/coproduce.sqlite" ]] || return 0
    elif [[ $1 == --database && -n $2 && $2 != *=* && $2 != postgres* && ! -f $2 ]]; then
        return 0
    fi
    local column=1 group=$what
    case $what in
    meeting) group=meetings ;;
    series) column=2 ;;
    charter) group=charters ;;
    esac
    timeout 5 coproduce "$@" "$group" list 2>/dev/null | awk -F '  +' -v c="$column" 'NR > 1 && $c != "" {print $c}'
}
)sh"_s;

} // namespace

QString CommandLine::bashCompletion()
{
    const Pieces p = piecesOf(verbTable());
    return u"# bash completion for coproduce(1)\n"
           "# SPDX-License-Identifier: GPL-3.0-or-later\n"
           "# Generated from Coproduce's table of verbs (app/cli/verbtable.cpp); do not edit.\n\n"_s
        + askFunction
        + u"\n_coproduce() {\n"
          "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} kind\n"
          "    local -a positional=() db=()\n"_s
        + scanWords(p, u"COMP_WORDS"_s, u"1"_s, u"COMP_CWORD"_s) + findKind(p, false)
        + uR"sh(    local IFS=$'\n'
    case $kind in
    file) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
    words:*|options:*) COMPREPLY=($(IFS=' '; compgen -W "${kind#*:}" -- "$cur")) ;;
    none) COMPREPLY=() ;;
    *)
        local name
        COMPREPLY=()
        while IFS= read -r name; do
            [[ $name == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$name")")
        done < <(_coproduce_ask "$kind" "${db[@]}") ;;
    esac
}
complete -F _coproduce coproduce
)sh"_s;
}

QString CommandLine::zshCompletion()
{
    const Pieces p = piecesOf(verbTable());
    return u"#compdef coproduce\n"
           "# zsh completion for coproduce(1)\n"
           "# SPDX-License-Identifier: GPL-3.0-or-later\n"
           "# Generated from Coproduce's table of verbs (app/cli/verbtable.cpp); do not edit.\n\n"_s
        + askFunction
        + u"\n_coproduce() {\n"
          "    emulate -L zsh\n"
          "    local cur=${words[CURRENT]} prev=${words[CURRENT-1]} kind\n"
          "    local -a positional db\n"_s
        + scanWords(p, u"words"_s, u"2"_s, u"CURRENT"_s) + findKind(p, true) + uR"sh(    case $kind in
    file) _files ;;
    words:*|options:*) compadd -- ${=kind#*:} ;;
    none) return 1 ;;
    *) compadd -- ${(f)"$(_coproduce_ask $kind $db)"} ;;
    esac
}

_coproduce "$@"
)sh"_s;
}

} // namespace Coproduce
