// `npm run bench` runs this first, before the build: it stops at once, naming the command, when
// the system lacks what the HTTP benches measure with. It does not install them itself: apt needs
// root and the network, and Debian's nginx package starts a system nginx on port 80, which a
// bench run should not do to a machine behind its owner's back.
import { installCommand, missingTools } from './wrk'

const missing = missingTools()
if (missing.length > 0) {
  console.error(`npm run bench needs ${missing.join(' and ')}: ${installCommand} (as root)`)
  process.exit(1)
}
