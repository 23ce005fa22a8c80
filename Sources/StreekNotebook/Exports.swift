@_exported import StreekDocument
