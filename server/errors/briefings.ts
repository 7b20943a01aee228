// Briefings: the PDF and image renderer may be missing; Word and HTML need no browser.
import { AppError } from './appError';

export const briefingErrors = {
  rendererUnavailable: (executablePath: string) =>
    new AppError(
      503,
      'renderer_unavailable',
      `The PDF and image renderer (Chromium at ${executablePath}) is not available; try the Word or HTML format`,
      `PDF 与图片渲染器（Chromium）不可用，请改用 Word 或网页格式`,
    ),
};
