import { join } from 'node:path'
import { expect, shoot, test } from './fixtures.ts'

// No dialog transitions: a click never lands on a dialog that is still moving into place.
test.use({ reducedMotion: 'reduce' })

test('create an assembly, fill its profile, close and reopen it from the recent list', async ({
  app,
  bridge,
}) => {
  await expect(app).toHaveTitle('Kleroterion')
  await expect(app.getByText('No recent assemblies yet')).toBeVisible()

  await app.getByRole('button', { name: 'New assembly…' }).click()
  const dialog = app.getByRole('dialog', { name: 'New assembly' })
  await dialog.getByLabel('Name of the assembly').fill('Climate Assembly of Lyon')
  await expect(dialog.getByLabel('File location')).toHaveValue(
    join(bridge.documentsDir, 'Climate Assembly of Lyon.assembly'),
  )
  await dialog.getByRole('button', { name: 'Create' }).click()

  await expect(app.getByRole('heading', { name: 'Assembly profile' })).toBeVisible()
  await expect(app).toHaveTitle('Climate Assembly of Lyon.assembly — Kleroterion')
  await expect(app.getByLabel('Name', { exact: true })).toHaveValue('Climate Assembly of Lyon')

  await app.getByLabel('Question put to the panel').fill('How should Lyon reach net zero by 2040, fairly?')
  await app.getByLabel('Commissioning body').fill('Métropole de Lyon')
  await app.getByLabel('Type of process').selectOption('citizens-jury')
  await app.getByLabel('Target panel size').fill('60')
  await app.getByLabel('First day').fill('2026-03-07')
  await app.getByLabel('Last day').fill('2026-06-14')
  await app.getByRole('button', { name: 'Add a venue' }).click()
  await app.getByLabel('Venue 1', { exact: true }).fill('Hôtel de Ville, 1 place de la Comédie')
  await app.getByRole('combobox', { name: 'Languages' }).fill('Français')
  await app.getByRole('combobox', { name: 'Languages' }).press('Enter')
  await app.getByLabel('Organisation running the process').fill('Démocratie Ouverte')
  await app.getByLabel('Contact person').fill('Camille Martin')

  // A refused field says why, and the other edits are still saved.
  await app.getByLabel('E-mail').fill('camille@')
  await expect(app.getByText('This does not look like an e-mail address.')).toBeVisible()
  await app.getByLabel('E-mail').fill('camille.martin@example.org')
  await app.getByLabel('Phone').fill('+33 4 72 00 00 00')
  await app.getByLabel('Phone').blur()
  await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await expect(app.getByText('This does not look like an e-mail address.')).toHaveCount(0)
  await shoot(app, 'profile', 1240)

  await app.getByRole('button', { name: 'File', exact: true }).click()
  await app.getByRole('menuitem', { name: 'Close the assembly' }).click()
  await expect(app.getByRole('heading', { name: 'Open recent' })).toBeVisible()
  await expect(app).toHaveTitle('Kleroterion')
  await shoot(app, 'start')

  await app.getByRole('button', { name: 'Open Climate Assembly of Lyon' }).click()
  await expect(app.getByLabel('Question put to the panel')).toHaveValue(
    'How should Lyon reach net zero by 2040, fairly?',
  )
  await expect(app.getByLabel('Commissioning body')).toHaveValue('Métropole de Lyon')
  await expect(app.getByLabel('Type of process')).toHaveValue('citizens-jury')
  await expect(app.getByLabel('Target panel size')).toHaveValue('60')
  await expect(app.getByLabel('First day')).toHaveValue('2026-03-07')
  await expect(app.getByLabel('Last day')).toHaveValue('2026-06-14')
  await expect(app.getByLabel('Venue 1', { exact: true })).toHaveValue(
    'Hôtel de Ville, 1 place de la Comédie',
  )
  await expect(app.getByText('Français', { exact: true })).toBeVisible()
  await expect(app.getByLabel('E-mail')).toHaveValue('camille.martin@example.org')
  await expect(app.getByLabel('Phone')).toHaveValue('+33 4 72 00 00 00')
})

test('lock the profile and verify the audit log', async ({ app }) => {
  await app.getByRole('button', { name: 'New assembly…' }).click()
  await app.getByLabel('Name of the assembly').fill('Citizens’ Jury on Housing')
  await app.getByRole('button', { name: 'Create' }).click()
  await app.getByLabel('Question put to the panel').fill('What should the city do about empty homes?')
  await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  await app.getByRole('button', { name: 'Lock the profile' }).click()
  const confirm = app.getByRole('dialog', { name: 'Lock the profile?' })
  await expect(confirm.getByText('cannot be undone')).toBeVisible()
  await confirm.getByRole('button', { name: 'Lock the profile' }).click()
  await expect(app.getByText(/^Locked on /)).toBeVisible()
  await expect(app.getByLabel('Question put to the panel')).toHaveAttribute('readonly', '')

  await app.getByRole('button', { name: 'Audit log' }).click()
  const table = app.getByRole('table', { name: 'Audit log' })
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table.getByText('Assembly created')).toBeVisible()
  await expect(table.getByText('Profile locked')).toBeVisible()
  await app.getByRole('button', { name: 'Verify the chain' }).click()
  await expect(app.getByText('The chain is intact')).toBeVisible()
  await expect(app.getByText('All 2 entries were checked')).toBeVisible()
  await expect(app.getByText('The official records match the log')).toBeVisible()
  await expect(app.getByText(/^Not covered by this check: Working data: drafts/)).toBeVisible()
  await expect(app.getByTestId('audit-head')).toHaveText(/^[0-9a-f]{8}( [0-9a-f]{8}){7}$/)
  await app.getByRole('button', { name: 'Dismiss' }).click()
  await shoot(app, 'audit')
})

test('open the demo assembly, then switch to French', async ({ app }) => {
  await app.getByRole('button', { name: 'Open the demo assembly' }).click()
  // The demo is made in a worker; its progress shows in a dialog with a Cancel button.
  const progress = app.getByRole('dialog', { name: 'Preparing the demo assembly' })
  await expect(progress.getByRole('button', { name: 'Cancel' })).toBeVisible()
  await expect(progress).toHaveCount(0, { timeout: 30_000 })
  await expect(app.getByRole('heading', { name: 'Assembly profile' })).toBeVisible({ timeout: 30_000 })
  await expect(app.getByText(/^Locked on /)).toBeVisible()
  await expect(app.getByLabel('Question put to the panel')).not.toHaveValue('')
  await expect(app).toHaveTitle('Demo assembly.assembly — Kleroterion')

  await app.getByRole('button', { name: 'Settings' }).click()
  await app.getByRole('radio', { name: 'Français' }).check()
  await app.keyboard.press('Escape')
  await expect(app.getByRole('dialog')).toHaveCount(0)
  await expect(app.getByRole('heading', { name: 'Profil de l’assemblée' })).toBeVisible()
  await expect(app.getByLabel('Question posée au panel')).toBeVisible()
  await expect(app.getByRole('button', { name: 'Journal d’audit' })).toBeVisible()
  await expect(app.locator('html')).toHaveAttribute('lang', 'fr')
  await shoot(app, 'profile-fr', 1300)

  // The language is kept: after a reload, the app is still in French.
  await app.reload()
  await app.locator('[data-app-state="loaded"]').waitFor()
  await expect(app.getByRole('heading', { name: 'Profil de l’assemblée' })).toBeVisible()
})

test('save a copy, restore a backup and open a file with the in-app dialogs', async ({ app, bridge }) => {
  await app.getByRole('button', { name: 'New assembly…' }).click()
  await app.getByLabel('Name of the assembly').fill('Youth Assembly')
  await shoot(app, 'new-assembly')
  await app.getByRole('button', { name: 'Create' }).click()
  await app.getByLabel('Commissioning body').fill('City Council')
  await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  await app.getByRole('button', { name: 'File', exact: true }).click()
  await app.getByRole('menuitem', { name: 'Save a copy as…' }).click()
  const save = app.getByRole('dialog', { name: 'Save a copy' })
  await expect(save.getByLabel('Save the copy as')).toHaveValue(
    join(bridge.documentsDir, 'Youth Assembly (copy).assembly'),
  )
  await save.getByRole('button', { name: 'Save a copy' }).click()
  await expect(app.getByText('A copy was saved as Youth Assembly (copy).assembly.')).toBeVisible()

  // Saving again to the same name asks before replacing.
  await app.getByRole('button', { name: 'File', exact: true }).click()
  await app.getByRole('menuitem', { name: 'Save a copy as…' }).click()
  await save.getByRole('button', { name: 'Save a copy' }).click()
  await expect(save.getByText('A file with this name already exists.')).toBeVisible()
  await save.getByRole('button', { name: 'Replace it' }).click()
  await expect(save).toHaveCount(0)

  await app.getByRole('button', { name: 'File', exact: true }).click()
  await app.getByRole('menuitem', { name: 'Restore a backup…' }).click()
  const restore = app.getByRole('dialog', { name: 'Restore a backup' })
  await expect(restore.getByRole('cell', { name: 'Opened' }).first()).toBeVisible()
  await shoot(app, 'backups')
  await restore
    .getByRole('button', { name: /^Restore / })
    .first()
    .click()
  await expect(restore.getByText('the current state is first kept as a backup')).toBeVisible()
  await restore.getByRole('button', { name: 'Restore the backup' }).click()
  await expect(app.getByText(/^The backup from .* was restored\.$/)).toBeVisible()
  await expect(app.getByLabel('Commissioning body')).toHaveValue('')

  await app.getByRole('button', { name: 'File', exact: true }).click()
  await app.getByRole('menuitem', { name: 'Open…' }).click()
  const open = app.getByRole('dialog', { name: 'Open an assembly' })
  await expect(open.getByRole('button', { name: /Youth Assembly \(copy\)\.assembly/ })).toBeVisible()
  await shoot(app, 'open')
  await open.getByRole('button', { name: /Youth Assembly \(copy\)\.assembly/ }).click()
  await expect(app).toHaveTitle('Youth Assembly (copy).assembly — Kleroterion')
  await expect(app.getByLabel('Commissioning body')).toHaveValue('City Council')

  // A path that leads nowhere gets a plain message, not a crash.
  await app.getByRole('button', { name: 'File', exact: true }).click()
  await app.getByRole('menuitem', { name: 'Open…' }).click()
  await open.getByLabel('Path of an assembly file').fill(join(bridge.documentsDir, 'nothing-here.assembly'))
  await open.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(app.getByRole('alert').filter({ hasText: 'There is no file at' })).toBeVisible()
})
