"""Old import path: the code lives in :mod:`mesodesk.storage.startup` (storage plumbing, below the use cases).

This name is the very same module object, so ``mesodesk.services.startup.X`` and monkeypatching keep working.
"""

import sys

from mesodesk.storage import startup as _storage_startup

sys.modules[__name__] = _storage_startup
