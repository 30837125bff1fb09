import { defineCommand } from '../define.js';
import { EXIT, UsageError } from '../io.js';

export default defineCommand({
  name: 'completion',
  summary: { en: 'the shell completion script for bash, zsh or fish', zh: '输出 bash、zsh 或 fish 的命令补全脚本' },
  description: {
    en: 'Completes commands, options, their values and role and matrix ids from the catalog the command line works on.',
    zh: '补全命令、选项及其取值，并从命令行所用的岗位目录中补全岗位编号和矩阵编号。',
  },
  args: [{ name: { en: 'shell', zh: 'shell' }, choices: ['bash', 'zsh', 'fish'] }],
  options: {},
  examples: [
    { line: 'completion bash >> ~/.bashrc', help: { en: 'bash', zh: 'bash' } },
    {
      line: 'completion zsh > ~/.zfunc/_rolematrix',
      help: { en: 'zsh (with ~/.zfunc in fpath)', zh: 'zsh（~/.zfunc 须在 fpath 中）' },
    },
    {
      line: 'completion fish > ~/.config/fish/completions/rolematrix.fish',
      help: { en: 'fish', zh: 'fish' },
    },
  ],
  async run(ctx) {
    const shell = ctx.args[0] as 'bash' | 'zsh' | 'fish' | undefined;
    if (shell === undefined)
      throw new UsageError({
        en: 'Name the shell: `rolematrix completion bash`, `zsh` or `fish`.',
        zh: '请指定 shell：rolematrix completion bash、zsh 或 fish。',
      });
    const { completionScript } = await import('../complete.js');
    ctx.io.stdout(completionScript(shell, ctx.lang));
    return EXIT.ok;
  },
});
