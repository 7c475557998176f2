/**
 * Test fixture, run as a child process by crash.test.ts: opens a project and writes one large
 * transaction, announcing on stdout when it has started, so the parent can kill it mid-way.
 */
import { openProject } from './open-project.ts'

const file = process.argv[2] ?? ''
const project = await openProject(file)
await project.write(() => {
  process.stdout.write('started\n')
  const insert = project.sqlite.prepare('insert into project_meta (key, value) values (?, ?)')
  for (let batch = 0; batch < 400; batch++) {
    for (let i = 0; i < 250; i++) insert.run(`bulk-${batch}-${i}`, 'z'.repeat(100))
  }
})
process.stdout.write('committed\n')
await project.close()
