"""Write ../gold from gold_spec.py."""
import runpy
import os
ns = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold_spec.py"))
ns["write"]()
