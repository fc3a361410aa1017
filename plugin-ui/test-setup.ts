// Adds the DOM matchers (toBeInTheDocument, toHaveTextContent, ...) to every panel test.
import '@testing-library/jest-dom';
