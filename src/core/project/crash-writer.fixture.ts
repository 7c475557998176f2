/**
 * Test fixture, run as a child process by crash.test.ts: opens a project and writes one large
 * transaction, announcing on stdout when it has started, so the parent can kill it mid-way.
 */
import { openProject } from './open-project.ts'

const file = process.argv[2] ?? ''
const project = await openProject(file)
await project.write(async (trx) => {
  process.stdout.write('started\n')
  for (let batch = 0; batch < 400; batch++) {
    await trx
      .insertInto('project_meta')
      .values(Array.from({ length: 250 }, (_, i) => ({ key: `bulk-${batch}-${i}`, value: 'z'.repeat(100) })))
      .execute()
  }
})
process.stdout.write('committed\n')
await project.close()
