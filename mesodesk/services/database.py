"""Old import path: the code lives in :mod:`mesodesk.storage.database` (storage plumbing, below the use cases).

This name is the very same module object, so ``mesodesk.services.database.X`` and monkeypatching keep working.
"""

import sys

from mesodesk.storage import database as _storage_database

sys.modules[__name__] = _storage_database
