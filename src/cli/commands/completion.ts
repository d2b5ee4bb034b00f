/**
 * `inkpress completion bash|zsh|fish`: a completion script for the shell, printed to stdout
 * (`source <(inkpress completion bash)`, or saved where the shell looks). Commands and options
 * come from {@link COMPLETION_COMMANDS}; article ids for `show` come from `inkpress list` at the
 * moment of completing, so they follow the library (and the `--dir` already typed).
 */
import { UsageError } from '../usage.js';

/** Every command and its options, as completion offers them (a test holds it to dispatch and USAGE). */
export const COMPLETION_COMMANDS: Readonly<Record<string, readonly string[]>> = {
  list: ['--section', '--unread', '--starred', '--json'],
  show: ['--pager', '--width'],
  stats: ['--json'],
  parse: ['--json'],
  add: [],
  fidelity: ['--json', '--not-article'],
  'export-state': ['--force'],
  'import-state': [],
  'import-newsboat': [],
  completion: [],
};
/** Options any command takes. */
export const GLOBAL_OPTIONS = ['--dir', '--newsboat-cache', '--help', '--version'] as const;
/** Options followed by a value, and what the value is. */
const VALUE_OPTIONS = { '--dir': 'folder', '--newsboat-cache': 'file', '--section': 'text', '--width': 'text', '--not-article': 'file' } as const;
const SHELLS = ['bash', 'zsh', 'fish'] as const;
/** Commands whose arguments are files or folders. */
const FILE_ARGS = ['parse', 'add', 'fidelity', 'export-state', 'import-state'];

const names = () => Object.keys(COMPLETION_COMMANDS).join(' ');
const optionsCases = (indent: string, assign: (opts: string) => string) =>
  Object.entries(COMPLETION_COMMANDS).map(([c, opts]) => `${indent}${c}) ${assign(opts.join(' '))} ;;`).join('\n');
const takesValue = (kind: string) => Object.entries(VALUE_OPTIONS).filter(([, k]) => k === kind).map(([o]) => o).join('|');

function bash(): string {
  return `# inkpress completion for bash. Try it: source <(inkpress completion bash)
# Keep it: inkpress completion bash > ~/.local/share/bash-completion/completions/inkpress
_inkpress() {
  local cur prev cmd='' i opts dir=()
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      --dir) dir=(--dir "\${COMP_WORDS[i+1]}"); ((i++)) ;;
      --dir=*) dir=("\${COMP_WORDS[i]}") ;;
      ${Object.keys(VALUE_OPTIONS).filter((o) => o !== '--dir').join('|')}) ((i++)) ;;
      -*) ;;
      *) [[ -z $cmd ]] && cmd="\${COMP_WORDS[i]}" ;;
    esac
  done
  case "$prev" in
    ${takesValue('folder')}) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    ${takesValue('file')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    ${takesValue('text')}) return ;;
  esac
  case "$cmd" in
${optionsCases('    ', (o) => `opts="${o}"`)}
    '') COMPREPLY=($(compgen -W "${names()} ${GLOBAL_OPTIONS.join(' ')}" -- "$cur")); return ;;
    *) return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts ${GLOBAL_OPTIONS.join(' ')}" -- "$cur"))
  elif [[ $cmd == show ]]; then
    COMPREPLY=($(compgen -W "$("\${COMP_WORDS[0]}" "\${dir[@]}" list 2>/dev/null | cut -d' ' -f1)" -- "$cur"))
  elif [[ $cmd == completion ]]; then
    COMPREPLY=($(compgen -W "${SHELLS.join(' ')}" -- "$cur"))
  elif [[ " ${FILE_ARGS.join(' ')} " == *" $cmd "* ]]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _inkpress inkpress
`;
}

function zsh(): string {
  return `#compdef inkpress
# inkpress completion for zsh. Try it: source <(inkpress completion zsh)
# Keep it: inkpress completion zsh > ~/.zfunc/_inkpress (with fpath+=(~/.zfunc) before compinit)
_inkpress() {
  local -a dir opts
  local cmd='' i
  for ((i = 2; i < CURRENT; i++)); do
    case "\${words[i]}" in
      --dir) dir=(--dir "\${words[i+1]}"); ((i++)) ;;
      --dir=*) dir=("\${words[i]}") ;;
      ${Object.keys(VALUE_OPTIONS).filter((o) => o !== '--dir').join('|')}) ((i++)) ;;
      -*) ;;
      *) [[ -z $cmd ]] && cmd="\${words[i]}" ;;
    esac
  done
  case "\${words[CURRENT-1]}" in
    ${takesValue('folder')}) _directories; return ;;
    ${takesValue('file')}) _files; return ;;
    ${takesValue('text')}) return ;;
  esac
  case "$cmd" in
${optionsCases('    ', (o) => `opts=(${o})`)}
    '') compadd -- ${names()} ${GLOBAL_OPTIONS.join(' ')}; return ;;
    *) return ;;
  esac
  if [[ "\${words[CURRENT]}" == -* ]]; then
    compadd -- $opts ${GLOBAL_OPTIONS.join(' ')}
  elif [[ $cmd == show ]]; then
    compadd -- \${(f)"$(\${words[1]} $dir list 2>/dev/null | cut -d' ' -f1)"}
  elif [[ $cmd == completion ]]; then
    compadd -- ${SHELLS.join(' ')}
  elif [[ " ${FILE_ARGS.join(' ')} " == *" $cmd "* ]]; then
    _files
  fi
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _inkpress "$@"; else compdef _inkpress inkpress; fi
`;
}

function fish(): string {
  const all = names();
  const lines = [
    '# inkpress completion for fish. Keep it: inkpress completion fish > ~/.config/fish/completions/inkpress.fish',
    // The ids of the library the command line names (its --dir), from `inkpress list`.
    'function __inkpress_ids',
    '    set -l args (commandline -opc); set -l dir',
    '    for i in (seq (count $args))',
    '        if test "$args[$i]" = --dir; and test $i -lt (count $args); set dir --dir $args[(math $i + 1)]',
    "        else if string match -q -- '--dir=*' $args[$i]; set dir $args[$i]; end",
    '    end',
    "    inkpress $dir list 2>/dev/null | string split -f1 ' '",
    'end',
    'complete -c inkpress -f',
    `complete -c inkpress -n "not __fish_seen_subcommand_from ${all}" -a "${all}"`,
    'complete -c inkpress -l dir -r -f -a "(__fish_complete_directories)" -d "library folder"',
    'complete -c inkpress -l newsboat-cache -r -F -d "newsboat cache.db"',
    'complete -c inkpress -l help -d "show usage"',
    'complete -c inkpress -l version -d "show the version"',
  ];
  for (const [command, opts] of Object.entries(COMPLETION_COMMANDS)) {
    for (const opt of opts) {
      const value = opt in VALUE_OPTIONS ? ' -r' : '';
      lines.push(`complete -c inkpress -n "__fish_seen_subcommand_from ${command}" -l ${opt.slice(2)}${value}`);
    }
  }
  lines.push(
    'complete -c inkpress -n "__fish_seen_subcommand_from show" -a "(__inkpress_ids)"',
    `complete -c inkpress -n "__fish_seen_subcommand_from completion" -a "${SHELLS.join(' ')}"`,
    `complete -c inkpress -n "__fish_seen_subcommand_from ${FILE_ARGS.join(' ')}" -F`,
  );
  return `${lines.join('\n')}\n`;
}

/** The completion script for a shell. */
export function completionScript(shell: string | undefined): string {
  switch (shell) {
    case 'bash': return bash();
    case 'zsh': return zsh();
    case 'fish': return fish();
    default:
      throw new UsageError(shell === undefined ? 'completion needs a shell: bash, zsh or fish' : `no completion for '${shell}' (bash, zsh or fish)`);
  }
}

/** `inkpress completion bash|zsh|fish`: prints the script. */
export async function completionCommand(args: string[], out: { print(text: string): void }): Promise<number> {
  if (args.length > 1) throw new UsageError(`unexpected argument '${args[1]}'`);
  out.print(completionScript(args[0]));
  return 0;
}
