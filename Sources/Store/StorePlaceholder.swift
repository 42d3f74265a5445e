import Model
import GRDB
