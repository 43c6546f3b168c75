import { ValidateBy } from 'class-validator';

/**
 * Validates a variable with a function that lists its problems (none when it is valid), so
 * the operator reads every problem at once. `problemsOf` also sees the rest of the
 * configuration — the counties a node serves, say.
 */
export function HasNoListedProblems<C extends object>(
  name: string,
  problemsOf: (value: unknown, config: C) => readonly string[],
): PropertyDecorator {
  return ValidateBy({
    name,
    validator: {
      validate: (value, args) => problemsOf(value, args!.object as C).length === 0,
      defaultMessage: (args) => problemsOf(args!.value, args!.object as C).join('; '),
    },
  });
}
