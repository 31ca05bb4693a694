import {type Task, taskSchema, ValidationError} from '@vanban/core'

/**
 * Checks every record against the task schema before anything is written, so
 * a bug upstream surfaces as one clear error instead of a corrupt file.
 */
export function validateTasks(tasks: readonly Task[]): Task[] {
  return tasks.map((task, index) => {
    const result = taskSchema.safeParse(task)
    if (!result.success) {
      const issue = result.error.issues[0]
      const where = issue ? `${issue.path.join('.') || '(record)'}: ${issue.message}` : 'invalid'
      throw new ValidationError(`task ${index + 1} (id ${JSON.stringify(task?.id)}) is not a valid record: ${where}`, {
        file: task?.file
      })
    }
    return result.data
  })
}
