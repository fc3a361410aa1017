// Types for Vite's asset imports (`./nps-panel.css`, `./nps-panel.css?inline`).
/// <reference types="vite/client" />
