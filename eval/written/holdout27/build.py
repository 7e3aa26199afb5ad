import pages1, pages2, pages3, pages4, pages5, pages6, pages7, pages8, pages9, pages10, pages11, pages12
from gen import write_all
write_all()
